// The engine checks (suite.ts) in Debian's Firefox ESR, over WebDriver BiDi, under Xvfb with software GL.
import { describeEngine } from './suite';

describeEngine('firefox');
