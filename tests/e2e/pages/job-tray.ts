import type { Locator, Page } from 'playwright-core';

/** The window's job tray: one progress panel per running job, on every screen. */
export class JobTray {
  constructor(readonly page: Page) {}

  get tray(): Locator {
    return this.page.getByTestId('job-tray');
  }

  job(method: string): Locator {
    return this.tray.locator(`[data-testid="job-progress"][data-method="${method}"]`);
  }

  bar(method: string): Locator {
    return this.job(method).getByTestId('job-bar');
  }

  cancel(method: string): Locator {
    return this.job(method).getByTestId('job-cancel');
  }
}
