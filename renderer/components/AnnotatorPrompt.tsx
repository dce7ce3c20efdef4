// The first-start question: the name a team sees on this person's marks. Not modal: the app
// works meanwhile (in a library no annotator has used, as before layers), and `Later` puts the
// question off for this session. The same form changes the name afterwards (`Change name`
// beside the Layers control).
import { useId, useState, type FormEvent } from 'react';
import { AnnotatorNameSchema } from '../../shared/model/annotators';
import { useFactmark, useFactmarkStore } from '../store/hooks';

export function AnnotatorPrompt() {
  const store = useFactmarkStore();
  const known = useFactmark((s) => s.annotatorKnown);
  const me = useFactmark((s) => s.annotator);
  const later = useFactmark((s) => s.annotatorAskLater);
  const fixed = useFactmark((s) => s.annotatorFixed);
  const editing = useFactmark((s) => s.annotatorEditing);
  const [name, setName] = useState(me ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  if (!known || fixed || !((!me && !later) || editing)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AnnotatorNameSchema.safeParse(name.trim());
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'not a name');
      return;
    }
    if (await store.getState().chooseAnnotator(parsed.data)) setProblem(null);
  };

  return (
    <form className="fm-annotator-prompt" aria-label="Your name" onSubmit={submit}>
      <label htmlFor={inputId}>Your name, as your team will see it</label>
      <input
        id={inputId}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={64}
        aria-invalid={problem ? true : undefined}
      />
      <button type="submit" className="fm-button fm-button-primary">
        Save
      </button>
      <button
        type="button"
        className="fm-button"
        onClick={() =>
          editing ? store.getState().editAnnotator(false) : store.getState().askAnnotatorLater()
        }
      >
        {editing ? 'Cancel' : 'Later'}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
