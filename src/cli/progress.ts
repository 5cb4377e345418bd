/**
 * A progress bar on stderr for a person watching a long batch; never in CI
 * logs or pipes, where it would only be noise. Lines said while the bar is
 * drawn wait until it is gone.
 */
export interface Progress {
  /** Whether a bar is drawn on the terminal. */
  drawn: boolean;
  tick(): void;
  say(line: string): void;
  stop(): void;
}

const silent: Progress = {
  drawn: false,
  tick() {},
  say: (line) => void process.stderr.write(line),
  stop() {},
};

export async function startProgress(total: number, label: string): Promise<Progress> {
  if (process.stderr.isTTY !== true || process.env.CI || total < 2) return silent;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted}`, clearOnComplete: true, hideCursor: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  const held: string[] = [];
  return {
    drawn: true,
    tick: () => bar.increment(),
    say: (line) => void held.push(line),
    stop: () => {
      bar.stop();
      for (const line of held) process.stderr.write(line);
    },
  };
}
