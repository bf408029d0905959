import { useId, useState } from 'preact/hooks';
import { normalizeHost } from '../../settings/sites.ts';

/** A field and button to add a site; explains what is wrong with what was typed instead of adding it. */
export function AddSite({ sites, onAdd }: { sites: string[]; onAdd: (host: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();
  const errorId = useId();
  const submit = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(text);
    if (!host) setError(text.trim() ? `“${text.trim()}” is not a site name. Type one like example.org.` : 'Type a site name, like example.org.');
    else if (sites.includes(host)) setError(`${host} is already in the list.`);
    else {
      onAdd(host);
      setText('');
      setError('');
    }
  };
  return (
    <form class="el-add-site" onSubmit={submit} noValidate>
      <label for={inputId} class="el-add-site__label">
        Add a site
      </label>
      <div class="el-add-site__row">
        <input
          id={inputId}
          class="el-input"
          type="text"
          inputMode="url"
          placeholder="example.org"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="el-button">
          Add
        </button>
      </div>
      {error && (
        <p id={errorId} class="el-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
