// The progress dialog of a slow open (a long PDF): shown once the host has been at it for a
// moment, it polls the host's progress and offers Cancel. Quick opens never show it.
import { useEffect, useState } from 'react';
import type { OpenProgress as Progress } from '../../shared/contract/calls';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { ModalDialog } from './ModalDialog';

/** An open quicker than this shows no dialog (the toolbar's status line is enough). */
export const SHOW_AFTER_MS = 300;
/** How often the host is asked how far it has got. */
export const POLL_EVERY_MS = 200;

export function OpenProgress() {
  const jobId = useFactmark((s) => s.openJob?.jobId ?? null);
  return jobId ? <OpenProgressDialog key={jobId} jobId={jobId} /> : null;
}

function OpenProgressDialog({ jobId }: { jobId: string }) {
  const store = useFactmarkStore();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [shown, setShown] = useState(false);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stopped = false;
    let poll: ReturnType<typeof setTimeout> | undefined;
    let reveal: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const answer = await store.getState().openProgress(jobId);
        if (stopped) return;
        // `waiting` while the user still chooses the file: the host has not started yet.
        if (answer.stage !== 'waiting') {
          setProgress(answer);
          reveal ??= setTimeout(() => setShown(true), SHOW_AFTER_MS);
        }
      } catch {
        // A missed poll only delays the bar; the open itself reports its own errors.
      }
      if (!stopped) poll = setTimeout(() => void ask(), POLL_EVERY_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(poll);
      clearTimeout(reveal);
    };
  }, [store, jobId]);

  if (!shown || !progress) return null;
  const cancel = () => {
    setCancelling(true);
    store
      .getState()
      .cancelOpen(jobId)
      .catch(() => setCancelling(false));
  };
  return (
    <ModalDialog label="Opening article" onCancel={cancel} className="fm-open-progress">
      <progress
        className="fm-progress"
        aria-label="Opening article"
        aria-valuetext={progressText(progress)}
        max={progress.total || undefined}
        value={progress.total ? progress.done : undefined}
      />
      <p className="fm-progress-text" aria-live="polite">
        {cancelling ? 'Cancelling…' : progressText(progress)}
      </p>
      <div className="fm-dialog-actions">
        <button
          type="button"
          className="fm-button"
          onClick={cancel}
          disabled={cancelling}
          data-autofocus
        >
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}

export function progressText(progress: Progress): string {
  switch (progress.stage) {
    case 'pages':
      return `Reading page ${progress.done} of ${progress.total}`;
    case 'saving':
      return 'Adding it to the library';
    default:
      return 'Reading the file';
  }
}
