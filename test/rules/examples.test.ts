import { RULES } from '../../src/rules/index.js';
import { ruleTester } from '../support/rule-tester.js';

/** Every rule's own examples, the ones its doc page shows, give exactly the findings they list. */
for (const rule of RULES) ruleTester.run(rule, rule.examples);
