import { setFlagsFromString } from 'node:v8';
import { runCli } from './main.js';

// planlint's work is many short string and regex steps spread over small
// functions: V8's optimizing compiler gains little by inlining them and spends
// much compile time doing it, on every run (a fifth of the CPU of a 2,000-file
// export on one core). Off for this process, its export workers included.
setFlagsFromString('--no-turbo-inlining');

void runCli();
