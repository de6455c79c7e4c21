/**
 * The result of a check: the signs found (stop signs first), the message with each matched passage marked, what
 * the check cannot see, and the way on to the trust check. The pasted text appears only as text nodes inside
 * <mark> and plain runs, never as markup.
 */
import { Fragment } from 'preact';
import { segmentText, type CheckedText } from '../../../lib/message-check/check';
import type { SignalView } from '../../../lib/message-check/schema';

interface Props {
  text: string;
  result: CheckedText;
  signals: readonly SignalView[];
  /** The trust check's address with the implied answers, and how many answers it carries. */
  trust: { href: string; count: number };
}

const KIND_LABEL = { stop: 'Stop sign', warning: 'Warning sign' } as const;

/** The first place a sign was found, shortened for the list. */
function quote(text: string, range: { start: number; end: number }): string {
  const found = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  return found.length > 120 ? `${found.slice(0, 117)}…` : found;
}

export function Result({ text, result, signals, trust }: Props) {
  const found = result.signals.map((s) => ({ found: s, view: signals.find((v) => v.id === s.id)! }));
  const number = new Map(found.map((f, i) => [f.found.id, i + 1]));
  const stops = found.filter((f) => f.found.kind === 'stop').length;
  const unread = result.messages.filter((m) => m.language === null).length;
  return (
    <div class="mc-result">
      {stops > 0 && (
        <div class="box box--danger">
          <p>
            <strong>Stop.</strong> {stops === 1 ? 'A stop sign is' : 'Stop signs are'} in this message. Any one of them
            means it is very likely a scam: send no money, codes or documents, and do not move off the platform.
          </p>
        </div>
      )}
      {found.length === 0 && (
        <div class="box box--warning">
          <p>
            <strong>No warning signs found.</strong> A clean result does not prove the client is safe: the check only
            knows the words below, and scammers change their words.
          </p>
        </div>
      )}
      {unread > 0 && (
        <p>
          {unread === 1 ? 'One message is' : `${unread} messages are`} in a language the check does not read, or too
          short to tell; it looked for the signs of all four languages there and may miss some.
        </p>
      )}
      {found.length > 0 && (
        <ol class="mc-found">
          {found.map(({ found: s, view }) => (
            <li
              key={s.id}
              data-signal={s.id}
              id={`mc-found-${s.id}`}
              class={`mc-found__item mc-found__item--${s.kind}`}
            >
              <h3>
                {view.title} <span class={`badge mc-badge--${s.kind}`}>{KIND_LABEL[s.kind]}</span>
              </h3>
              <p class="mc-quote">
                In the message: “{quote(text, s.ranges[0]!)}”
                {s.ranges.length > 1 &&
                  ` and ${s.ranges.length - 1} more ${s.ranges.length === 2 ? 'place' : 'places'}`}
              </p>
              <p>{view.explanation}</p>
              <p>
                <strong>Why it matters:</strong> {view.whyItMatters}
              </p>
              <p>
                <strong>What to do:</strong> {view.whatToDo}
              </p>
              <p>
                Read more: <a href={view.guide.href}>{view.guide.label}</a>
              </p>
            </li>
          ))}
        </ol>
      )}
      <h3 id="mc-message-title">The message, with what was found marked</h3>
      <div class="mc-message" tabIndex={0} role="region" aria-labelledby="mc-message-title">
        {segmentText(text.length, result.highlights).map((segment) => {
          const piece = text.slice(segment.start, segment.end);
          const h = segment.highlight;
          if (!h) return piece;
          const refs = h.signals.map((id) => number.get(id)!).sort((a, b) => a - b);
          const names = h.signals.map((id) => found.find((f) => f.found.id === id)!.view.title).join('; ');
          return (
            <Fragment key={segment.start}>
              <mark class={`mc-mark mc-mark--${h.kind}`}>
                {piece}
                <span class="visually-hidden"> ({names})</span>
              </mark>
              <sup class="mc-ref" aria-hidden="true">
                {refs.join(',')}
              </sup>
            </Fragment>
          );
        })}
      </div>
      <h3>What the check cannot see</h3>
      <p>
        It reads words only. It cannot see who the client is, their account’s history or reviews, whether a payment or a
        check is real, links, attachments, images or voice messages, or what was said elsewhere. A real client can use a
        word that looks like a sign, and a scammer can avoid every one.
      </p>
      <p>
        <a class="button" href={trust.href}>
          Continue to the trust check
        </a>
      </p>
      <p class="hint">
        {trust.count === 0
          ? 'None of the signs found answers a trust-check question, so the check opens empty.'
          : `${trust.count} ${trust.count === 1 ? 'answer is' : 'answers are'} chosen for you from the message, marked “From the message: please confirm”. Check each one.`}
      </p>
    </div>
  );
}
