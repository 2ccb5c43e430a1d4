import type { Locator, Page } from 'playwright-core';

/** The Disbursements screen: the grid of every payment, its filters and the open payment's panel. */
export class DisbursementsPage {
  constructor(readonly page: Page) {}

  get navLink(): Locator {
    return this.page.getByTestId('nav-disbursements');
  }

  get title(): Locator {
    return this.page.locator('#disbursements-title');
  }

  get grid(): Locator {
    return this.page.getByTestId('disbursements-grid');
  }

  /** "1,234 disbursements": how many match the search and filters. */
  get count(): Locator {
    return this.page.getByTestId('disbursements-count');
  }

  get search(): Locator {
    return this.page.getByTestId('disbursements-search');
  }

  get detail(): Locator {
    return this.page.getByTestId('disbursement-detail');
  }

  /** The open payment's link to its grant on the Grants screen. */
  get openGrant(): Locator {
    return this.detail.getByTestId('open-grant');
  }

  cell(index: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
  }

  async cellText(index: number, colId: string): Promise<string> {
    return ((await this.cell(index, colId).textContent()) ?? '').trim();
  }

  /** Waits until the first row shows its grant reference. */
  async waitForRows(): Promise<void> {
    await this.cell(0, 'reference').waitFor();
    await this.page.waitForFunction(() => {
      const c = document.querySelector('[data-testid="disbursements-grid"] .ag-row[row-index="0"] [col-id="reference"]');
      return !!c && (c.textContent ?? '').trim().length > 0;
    });
  }

  /** Texts of one column in the rendered rows, top to bottom. */
  async columnTexts(colId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      // A row is split across the pinned and centre containers; find the cell wherever it is.
      const byRow = new Map<number, string>();
      for (const cell of document.querySelectorAll<HTMLElement>(`[data-testid="disbursements-grid"] .ag-row [col-id="${id}"]`)) {
        const row = cell.closest('.ag-row');
        const text = (cell.textContent ?? '').trim();
        if (row && text) byRow.set(Number(row.getAttribute('row-index')), text);
      }
      return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    }, colId);
  }

  headerCell(colId: string): Locator {
    return this.grid.locator(`.ag-header-cell[col-id="${colId}"]`).first();
  }

  async headerText(colId: string): Promise<string> {
    return ((await this.headerCell(colId).locator('.ag-header-cell-text').textContent()) ?? '').trim();
  }

  async clickHeader(colId: string): Promise<void> {
    await this.headerCell(colId).locator('.ag-header-cell-label').click();
  }

  /** ascending, descending or none, as the header tells assistive technology. */
  async sortOf(colId: string): Promise<string | null> {
    return this.headerCell(colId).getAttribute('aria-sort');
  }

  /** The list in the filter row of a column filtered by choice (country, currency). */
  choiceFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] select`).first();
  }
}
