import type { Locator, Page } from 'playwright-core';

/** The Exchange rates screen: pairs, latest rates, a rate by hand and the CSV import. */
export class FxPage {
  constructor(readonly page: Page) {}

  get navLink(): Locator {
    return this.page.getByTestId('nav-fx');
  }
  get pairRows(): Locator {
    return this.page.getByTestId('fx-pair-row');
  }
  get rateRows(): Locator {
    return this.page.getByTestId('fx-rate-row');
  }
  get importFile(): Locator {
    return this.page.getByTestId('fx-import-file');
  }
  get importResult(): Locator {
    return this.page.getByTestId('fx-import-result');
  }
  get importError(): Locator {
    return this.page.getByTestId('fx-import-error');
  }

  /** Chooses a CSV file with this text in the import's file picker. */
  async importCsv(name: string, csv: string): Promise<void> {
    await this.importFile.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  }
}
