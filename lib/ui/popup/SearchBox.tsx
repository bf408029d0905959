import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** ArrowDown: move into the results. */
  onArrowDown: () => void;
  /** Id of the results list the box controls. */
  resultsId: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The catalogue search field. Escape clears it. */
export function SearchBox({ value, onInput, onArrowDown, resultsId, inputRef }: SearchBoxProps) {
  const id = useId();
  return (
    <div class="el-search" role="search">
      <label class="el-visually-hidden" for={id}>
        Search terms and myths
      </label>
      <input
        id={id}
        ref={inputRef}
        class="el-search__input"
        type="search"
        placeholder="Search terms and myths"
        autocomplete="off"
        spellcheck={false}
        aria-controls={value ? resultsId : undefined}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && value) {
            e.preventDefault();
            onArrowDown();
          } else if (e.key === 'Escape' && value) {
            // Keep the popup open: the first Escape only clears the search.
            e.preventDefault();
            e.stopPropagation();
            onInput('');
          }
        }}
      />
    </div>
  );
}
