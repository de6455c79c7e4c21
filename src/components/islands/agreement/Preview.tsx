/** The agreement as the reader will send it. Text nodes only: reader text can never become markup here. */
import { useState } from 'preact/hooks';
import type { AgreementDocument, Block, Segment } from '../../../lib/agreement/build';
import { AGREEMENT_UI } from '../../../lib/agreement/words';
import { Checkbox } from '../form/Choices';

function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'missing' ? (
          <mark class="missing" key={i}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') {
    return (
      <p>
        <Segments segments={block.segments} />
      </p>
    );
  }
  return (
    <ul>
      {block.items.map((item, i) => (
        <li key={i}>
          <Segments segments={item} />
        </li>
      ))}
    </ul>
  );
}

export function Preview({ doc }: { doc: AgreementDocument }) {
  const [showNotes, setShowNotes] = useState(true);
  return (
    <>
      <div class="no-print">
        <Checkbox id="show-notes" label={AGREEMENT_UI.showNotes} checked={showNotes} onChange={setShowNotes} />
      </div>
      <article class="agreement-document" aria-labelledby="agreement-title">
        <h2 id="agreement-title">{doc.title}</h2>
        <p class="agreement-parties">
          <Segments segments={doc.subtitle} />
        </p>
        <p class="agreement-summary">
          <Segments segments={doc.summary} />
        </p>
        {doc.clauses.map((clause) => (
          <section key={clause.id} class="agreement-clause" aria-labelledby={`clause-${clause.id}`}>
            <h3 id={`clause-${clause.id}`}>
              {clause.number}. {clause.title}
            </h3>
            {clause.blocks.map((block, i) => (
              <BlockView block={block} key={i} />
            ))}
            {showNotes && (
              <div class="clause-why no-print">
                <p>
                  <strong>Why this matters: </strong>
                  {clause.why}
                </p>
                {clause.hasLegalNotes && (
                  <p>
                    <a href={`/tools/agreement/clauses/#clause-${clause.id}`}>What the law says about this clause</a>
                  </p>
                )}
              </div>
            )}
          </section>
        ))}
        <div class="signature-block">
          {doc.signatures.map((party) => (
            <div class="signature" key={party.role}>
              <p>
                <strong>{party.role}: </strong>
                <Segments segments={[party.name]} />
              </p>
              <p class="signature-line">Signature</p>
              <p class="signature-line">Date</p>
            </div>
          ))}
        </div>
      </article>
    </>
  );
}
