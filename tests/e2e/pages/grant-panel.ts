import type { Locator, Page } from 'playwright-core';

/** The money actions of the grant detail panel: schedule, lifecycle, disbursements and receipts. */
export class GrantPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('grant-detail');
  }

  get trancheRows(): Locator {
    return this.panel.getByTestId('tranche-row');
  }

  // Schedule
  get openSchedule(): Locator {
    return this.panel.getByTestId('schedule-open');
  }
  get scheduleKind(): Locator {
    return this.panel.getByTestId('schedule-kind');
  }
  get scheduleCount(): Locator {
    return this.panel.getByTestId('schedule-count');
  }
  get scheduleFirstDue(): Locator {
    return this.panel.getByTestId('schedule-first-due');
  }
  get previewRows(): Locator {
    return this.panel.getByTestId('schedule-preview-row');
  }
  get saveSchedule(): Locator {
    return this.panel.getByTestId('schedule-save');
  }

  // Lifecycle
  transition(to: string): Locator {
    return this.panel.getByTestId(`transition-${to}`);
  }

  // Disbursement
  get recordDisbursement(): Locator {
    return this.panel.getByTestId('record-disbursement');
  }
  get disbursementForm(): Locator {
    return this.panel.getByTestId('disbursement-form');
  }
  disbursementField(name: 'date' | 'amount' | 'currency' | 'account' | 'reference' | 'override'): Locator {
    return this.panel.getByTestId(`disbursement-${name}`);
  }
  get disbursementResult(): Locator {
    return this.panel.getByTestId('disbursement-result');
  }
  get disbursementRows(): Locator {
    return this.panel.getByTestId('disbursement-row');
  }

  // Receipt
  get recordReceipt(): Locator {
    return this.panel.getByTestId('record-receipt');
  }
  receiptField(name: 'date' | 'amount' | 'currency' | 'reference'): Locator {
    return this.panel.getByTestId(`receipt-${name}`);
  }
  get saveReceipt(): Locator {
    return this.panel.getByTestId('receipt-save');
  }
  get receiptResult(): Locator {
    return this.panel.getByTestId('receipt-result');
  }
  get receiptRows(): Locator {
    return this.panel.getByTestId('receipt-row');
  }

  /** A figure of the totals strip (disbursed, awaiting, outstanding, …). */
  total(id: 'disbursed' | 'awaiting' | 'outstanding'): Locator {
    return this.panel.getByTestId(`total-${id}`).locator('.total-value');
  }

  // Four-eyes approval
  get approvalStates(): Locator {
    return this.panel.getByTestId('approval-state');
  }
  get approve(): Locator {
    return this.panel.getByTestId('approve-disbursement');
  }
  get approveError(): Locator {
    return this.panel.getByTestId('approve-error');
  }

  // Amendments
  get openAmend(): Locator {
    return this.panel.getByTestId('amend-open');
  }
  amendField(name: 'amount' | 'end' | 'reason'): Locator {
    return this.panel.getByTestId(`amend-${name}`);
  }
  get saveAmend(): Locator {
    return this.panel.getByTestId('amend-save');
  }
  get amendmentRows(): Locator {
    return this.panel.getByTestId('amendment-row');
  }
}
