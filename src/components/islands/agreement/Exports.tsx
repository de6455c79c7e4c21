/**
 * The downloads. While anything is missing the main action is to check the agreement, so nobody downloads a
 * document with gaps by accident; once it is complete, Word is the main action.
 */
import type { ExportKind } from './exports';
import { AGREEMENT_UI as UI } from '../../../lib/agreement/words';

export function Exports(props: {
  complete: boolean;
  disabled: boolean;
  onExport: (kind: ExportKind | 'print') => void;
  onCheck: () => void;
}) {
  const kinds = ['docx', 'md', 'txt', 'copy', 'print'] as const;
  return (
    <div class="no-print">
      <h2 id="agreement-exports-heading" tabIndex={-1}>
        {UI.exports}
      </h2>
      {!props.complete && <p class="hint">{UI.exportsIncomplete}</p>}
      <div class="button-row">
        {!props.complete && (
          <button type="button" disabled={props.disabled} onClick={props.onCheck}>
            {UI.checkAll}
          </button>
        )}
        {kinds.map((kind) => (
          <button
            type="button"
            key={kind}
            class={props.complete && kind === 'docx' ? undefined : 'secondary'}
            disabled={props.disabled}
            onClick={() => props.onExport(kind)}
          >
            {UI[kind]}
          </button>
        ))}
      </div>
    </div>
  );
}
