import type { FastifyRequest } from 'fastify';

declare module '@fastify/secure-session' {
  interface SessionData {
    /** Draft id → the filing step this browser last showed, to resume there. */
    filingSteps: Record<string, string>;
    /** Files uploaded to answer a supplement request, until it is sent. */
    supplementFiles: { ref: string; files: Record<string, { fileId: string; fileName: string }> };
  }
}

// the cookie is small: remember a few drafts only
const REMEMBERED_DRAFTS = 5;

export function rememberStep(request: FastifyRequest, draftId: string, slug: string): void {
  const steps = { ...(request.session.get('filingSteps') ?? {}) };
  delete steps[draftId];
  steps[draftId] = slug;
  const kept = Object.entries(steps).slice(-REMEMBERED_DRAFTS);
  request.session.set('filingSteps', Object.fromEntries(kept));
}

export function rememberedStep(request: FastifyRequest, draftId: string): string | undefined {
  return request.session.get('filingSteps')?.[draftId];
}

export function forgetDraft(request: FastifyRequest, draftId: string): void {
  const steps = { ...(request.session.get('filingSteps') ?? {}) };
  if (!(draftId in steps)) return;
  delete steps[draftId];
  request.session.set('filingSteps', steps);
}
