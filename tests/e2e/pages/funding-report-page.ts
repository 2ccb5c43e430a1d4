import type { Locator, Page } from 'playwright-core';

/** The Funding report: a table by country, year and currency, with a country filter. */
export class FundingReportPage {
  constructor(readonly page: Page) {}

  get navLink(): Locator {
    return this.page.getByTestId('nav-funding-report');
  }

  get title(): Locator {
    return this.page.locator('#funding-title');
  }

  /** The scrolling region around the table (reachable by Tab). */
  get table(): Locator {
    return this.page.getByTestId('funding-table');
  }

  get countryFilter(): Locator {
    return this.page.getByTestId('funding-country');
  }

  get note(): Locator {
    return this.page.getByTestId('funding-note');
  }

  get lines(): Locator {
    return this.table.getByTestId('funding-line');
  }

  line(country: string, year: string, currency: string): Locator {
    return this.table.locator(`[data-testid="funding-line"][data-country="${country}"][data-year="${year}"][data-currency="${currency}"]`);
  }

  subtotal(country: string, currency: string): Locator {
    return this.table.locator(`[data-testid="funding-subtotal"][data-country="${country}"][data-currency="${currency}"]`);
  }

  /** The text of one amount column (committed, disbursed, received, outstanding) of a line or subtotal. */
  async amount(row: Locator, col: 'committed' | 'disbursed' | 'received' | 'outstanding'): Promise<string> {
    return ((await row.locator(`[data-col="${col}"]`).textContent()) ?? '').trim();
  }
}
