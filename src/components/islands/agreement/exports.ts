/**
 * The downloads and the copy as text. The island loads this module with import() when the reader asks for an
 * export, so none of it (nor the renderers, nor the docx library) is in the island's first load.
 */
import type { AgreementDocument } from '../../../lib/agreement/build';
import { buildFileName, renderMarkdown, renderPlainText } from '../../../lib/agreement/render';
import { saveFile } from '../save-file';

export type ExportKind = 'docx' | 'md' | 'txt' | 'copy';

/** Downloads the file (or copies the plain text) and returns the file's name; throws when the browser refuses. */
export async function exportAgreement(
  kind: ExportKind,
  doc: AgreementDocument,
  names: { freelancer: string; client: string; date: string },
): Promise<string> {
  const name = buildFileName(names.freelancer, names.client, names.date, kind === 'copy' ? 'txt' : kind);
  if (kind === 'copy') {
    await navigator.clipboard.writeText(renderPlainText(doc));
    return name;
  }
  let blob: Blob;
  if (kind === 'docx') {
    const [docx, { renderDocx }] = await Promise.all([import('docx'), import('../../../lib/agreement/docx')]);
    blob = new Blob([(await renderDocx(doc, docx)) as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  } else {
    const text = kind === 'md' ? renderMarkdown(doc) : renderPlainText(doc);
    blob = new Blob([text], { type: kind === 'md' ? 'text/markdown' : 'text/plain' });
  }
  saveFile(name, blob);
  return name;
}
