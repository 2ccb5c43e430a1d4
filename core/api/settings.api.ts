import { fourEyesThreshold, setFourEyesThreshold } from '../services/four-eyes';
import { command, query } from './define';
import { NoInput } from './schemas/app';
import { FourEyesThresholdInput } from './schemas/disbursements';
import { FxToleranceInput } from './schemas/receipts';
import { fxTolerance, setFxTolerance } from '../services/fx-tolerance';

export const settingsApi = {
  /** Settings that govern controls, such as the four-eyes threshold. */
  'settings.get': query('signed-in', NoInput, (ctx) => ({ fourEyesThresholdEurMinor: fourEyesThreshold(ctx), fxToleranceBasisPoints: fxTolerance(ctx) })),
  /** Changes how far a converted receipt may differ from its payment and still match automatically (audited). */
  'settings.setFxTolerance': command(['administrator'], FxToleranceInput, (ctx, i) => setFxTolerance(ctx, i.basisPoints)),
  /** Changes the four-eyes threshold (audited). */
  'settings.setFourEyesThreshold': command(['administrator'], FourEyesThresholdInput, (ctx, i) => setFourEyesThreshold(ctx, i.thresholdEurMinor)),
};
