/** What we ask the public postal operator to carry (`docs/api.md`, "Postal operator"). */
export interface ShipmentRequest {
  reference: string;
  recipient: {
    name: string;
    phone: string;
    street: string;
    ward: string;
    /** Sent only when the address has one (districts were abolished on 1 July 2025). */
    district?: string;
    province: string;
  };
  sender: { agencyCode: string; agencyName: string };
  callbackUrl: string;
}

export interface ShipmentAccepted {
  trackingNumber: string;
  status: string;
}

/** Worth trying again later (network error, 5xx, 429); `retryAfterMs` when the operator said so. */
export class PostalOperatorUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PostalOperatorUnavailableError';
  }
}

/** The operator refused the request (other 4xx): retrying cannot help, a person must look. */
export class PostalOperatorRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PostalOperatorRefusedError';
  }
}

/** The operator behind one interface, so a real operator's API plugs in without touching dossiers. */
export interface PostalOperator {
  /** Idempotent per `idempotencyKey`: the same key never makes a second shipment. */
  createShipment(request: ShipmentRequest, idempotencyKey: string): Promise<ShipmentAccepted>;
}

export const POSTAL_OPERATOR = Symbol('POSTAL_OPERATOR');

const TIMEOUT_MS = 10_000;

/** The operator's HTTP interface (`docs/api.md`, "Postal operator"); our simulator speaks it too. */
export class HttpPostalOperator implements PostalOperator {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async createShipment(
    request: ShipmentRequest,
    idempotencyKey: string,
  ): Promise<ShipmentAccepted> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl.replace(/\/$/, '')}/shipments`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PostalOperatorUnavailableError(`operator unreachable: ${(error as Error).message}`);
    }
    if (response.status === 200 || response.status === 201) {
      const body = (await response.json()) as Partial<ShipmentAccepted>;
      if (!body.trackingNumber)
        throw new PostalOperatorUnavailableError('operator answered without a tracking number');
      return { trackingNumber: body.trackingNumber, status: body.status ?? 'ACCEPTED' };
    }
    await response.body?.cancel();
    if (response.status === 429 || response.status >= 500) {
      throw new PostalOperatorUnavailableError(
        `operator answered ${response.status}`,
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    throw new PostalOperatorRefusedError(
      `operator refused the shipment (${response.status})`,
      response.status,
    );
  }
}

/** `Retry-After` as seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `attemptsMade` (1-based): exponential from `baseMs`, capped, with
 * full jitter so many failed dispatches do not return at the same moment; the operator's
 * `Retry-After` wins when it asks for longer.
 */
export function dispatchBackoffMs(
  attemptsMade: number,
  error: Error | undefined,
  random = Math.random,
  baseMs = 2_000,
  capMs = 15 * 60_000,
): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
  const jittered = Math.round(exponential / 2 + random() * (exponential / 2));
  const asked = error instanceof PostalOperatorUnavailableError ? error.retryAfterMs : undefined;
  return asked !== undefined ? Math.max(asked, jittered) : jittered;
}
