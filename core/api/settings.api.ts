import { fourEyesThreshold, setFourEyesThreshold } from '../services/four-eyes';
import { command, query } from './define';
import { NoInput } from './schemas/app';
import { FourEyesThresholdInput } from './schemas/disbursements';

export const settingsApi = {
  /** Settings that govern controls, such as the four-eyes threshold. */
  'settings.get': query('signed-in', NoInput, (ctx) => ({ fourEyesThresholdEurMinor: fourEyesThreshold(ctx) })),
  /** Changes the four-eyes threshold (audited). */
  'settings.setFourEyesThreshold': command(['administrator'], FourEyesThresholdInput, (ctx, i) => setFourEyesThreshold(ctx, i.thresholdEurMinor)),
};
