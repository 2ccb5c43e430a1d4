import type { Locator, Page } from 'playwright-core';

/** The Audit log as a user sees it: the grid and its filters, a record's history, the status bar and Verify. */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  /** The link in the header's navigation. */
  get navLink(): Locator {
    return this.page.getByTestId('nav-audit');
  }

  get title(): Locator {
    return this.page.locator('#audit-title');
  }

  get grid(): Locator {
    return this.page.getByTestId('audit-grid');
  }

  /** "2,907 entries": how many entries match the search and filters. */
  get matches(): Locator {
    return this.page.getByTestId('audit-matches');
  }

  /** The status bar's "N audit entries". */
  get count(): Locator {
    return this.page.getByTestId('audit-count');
  }

  /** The status bar's "head <16 hex>…". */
  get head(): Locator {
    return this.page.getByTestId('audit-head');
  }

  get verifyButton(): Locator {
    return this.page.getByTestId('audit-verify');
  }

  get verifyResult(): Locator {
    return this.page.getByTestId('audit-verify-result');
  }

  get history(): Locator {
    return this.page.getByTestId('audit-history');
  }

  cell(index: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
  }

  /** Waits until the first row shows its entry number. */
  async waitForRows(): Promise<void> {
    await this.cell(0, 'seq').waitFor();
    await this.page.waitForFunction(() => {
      const c = document.querySelector('[data-testid="audit-grid"] .ag-row[row-index="0"] [col-id="seq"]');
      return !!c && (c.textContent ?? '').trim().length > 0;
    });
  }

  /** Texts of one column in the rendered rows, top to bottom. */
  async columnTexts(colId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      // A row is split across the pinned and centre containers; find the cell wherever it is.
      const byRow = new Map<number, string>();
      for (const cell of document.querySelectorAll<HTMLElement>(`[data-testid="audit-grid"] .ag-row [col-id="${id}"]`)) {
        const row = cell.closest('.ag-row');
        const text = (cell.textContent ?? '').trim();
        if (row && text) byRow.set(Number(row.getAttribute('row-index')), text);
      }
      return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    }, colId);
  }

  async headerText(colId: string): Promise<string> {
    return ((await this.grid.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-text`).textContent()) ?? '').trim();
  }

  /** The list in the filter row of a column filtered by choice (record type, action). */
  choiceFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] select`).first();
  }

  /** The text box in the filter row of a text, number or date column. */
  floatingFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] input`).first();
  }

  /** The entries listed in the open history, oldest first. */
  get historyEntries(): Locator {
    return this.history.getByTestId('history-entry');
  }
}
