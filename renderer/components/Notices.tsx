// Errors (role="alert", kept until dismissed) and confirmations (role="status", fading after a
// few seconds), with the message the host sent: it names the file or URL and the reason.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFactmark, useFactmarkStore } from '../store/hooks';

const INFO_VISIBLE_MS = 5000;

export function Notices() {
  const store = useFactmarkStore();
  const errors = useFactmark(useShallow((s) => s.notices.filter((n) => n.kind === 'error')));
  const info = useFactmark((s) => s.notices.filter((n) => n.kind === 'info').at(-1) ?? null);
  const opening = useFactmark((s) => s.opening);

  useEffect(() => {
    if (!info) return;
    const timer = setTimeout(() => store.getState().dismissNotice(info.id), INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [info, store]);

  return (
    <div className="fm-notices">
      {errors.length > 0 && (
        <div role="alert" className="fm-alert">
          {errors.map((notice) => (
            <p key={notice.id} className="fm-notice fm-notice-error">
              <span className="fm-notice-text">{notice.message}</span>
              <button
                type="button"
                className="fm-notice-dismiss"
                aria-label="Dismiss message"
                onClick={() => store.getState().dismissNotice(notice.id)}
              >
                ×
              </button>
            </p>
          ))}
        </div>
      )}
      <div role="status" className="fm-status">
        {opening ? (
          <p className="fm-notice fm-notice-info">
            <span className="fm-spinner" aria-hidden="true" />
            Opening {opening}…
          </p>
        ) : info ? (
          <p className="fm-notice fm-notice-info">{info.message}</p>
        ) : null}
      </div>
    </div>
  );
}
