// The engine checks (suite.ts) in WebKitGTK's MiniBrowser (Safari's engine), over WebKitWebDriver, under Xvfb.
import { describeEngine } from './suite';

describeEngine('webkit');
