import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  ArrowReset20Regular,
  Checkmark20Regular,
  ClipboardTextLtr20Regular,
  Copy20Regular,
  Edit20Regular,
} from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import {
  narrativeFromText,
  narrativeProseToText,
  narrativeToDocx,
  narrativeToHtml,
  narrativeToText,
} from '../../core';
import { copyToClipboard } from '../clipboard';
import type { ClipboardPayload } from '../clipboard';
import { DOCX_TYPE, downloadBytes } from '../download';
import { NarrativeText } from '../components/NarrativeText';
import TablePreview from '../components/TablePreview';
import { useI18n } from '../i18n/I18nContext';
import { useEditText } from '../i18n/editStrings';
import { readingText } from '../i18n/readingStrings';
import { useNarrative } from '../state/useNarrative';
import type { Pane } from '../state/usePane';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  // The editor takes the pane's height (a 320 px pane would otherwise show two lines).
  editor: { minHeight: '60vh', display: 'flex' },
  editorText: { flexGrow: 1, maxHeight: 'none', minHeight: '60vh' },
});

export default function NarrativeView({ pane }: { pane: Pane }) {
  const { locale } = useI18n();
  const e = useEditText();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const generated = useNarrative(pane, locale);
  const current = useMemo(
    () =>
      // The edit box holds the prose; the appendix table stays the generated one.
      generated && pane.editedText !== null
        ? { ...narrativeFromText(pane.editedText, generated), appendix: generated.appendix }
        : generated,
    [generated, pane.editedText],
  );
  if (!generated || !current) return <p>{e('narrativeEmpty')}</p>;
  // No summary from a guess: the reading is confirmed on the check view first.
  if (generated.withheld) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="narrative-withheld">
        <MessageBarBody>{readingText(locale, 'narrativeWithheld')}</MessageBarBody>
      </MessageBar>
    );
  }
  const edited = pane.editedText !== null && pane.editedText !== narrativeProseToText(generated);

  const copy = async (payload: ClipboardPayload, done: 'copied' | 'copiedText') => {
    const ok = await copyToClipboard(payload);
    pane.setNotice(
      ok ? { intent: 'success', text: e(done) } : { intent: 'error', text: e('copyFailed') },
    );
  };
  const copyWord = () =>
    copy({ html: narrativeToHtml(current), text: narrativeToText(current) }, 'copied');
  const copyText = () => copy({ text: narrativeToText(current) }, 'copiedText');
  const downloadDocx = async () => {
    const name = `${locale === 'en-US' ? 'work-summary' : '工作总结'}-${pane.options.asOf}.docx`;
    try {
      downloadBytes(await narrativeToDocx(current), name, DOCX_TYPE);
      pane.setNotice({ intent: 'success', text: e('downloaded', { name }) });
    } catch (error) {
      pane.setNotice({ intent: 'error', text: e('docxFailed', { error: String(error) }) });
    }
  };

  return (
    <div className={styles.view}>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Copy20Regular />} onClick={() => void copyWord()}>
          {e('copyWord')}
        </Button>
        <Button icon={<ClipboardTextLtr20Regular />} onClick={() => void copyText()}>
          {e('copyText')}
        </Button>
        <Button icon={<ArrowDownload20Regular />} onClick={() => void downloadDocx()}>
          {e('downloadDocx')}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={editing ? <Checkmark20Regular /> : <Edit20Regular />}
          onClick={() => setEditing(!editing)}
        >
          {editing ? e('doneEditing') : e('edit')}
        </Button>
        {edited && (
          <Button
            appearance="subtle"
            icon={<ArrowReset20Regular />}
            onClick={() =>
              void pane.confirmDiscard().then((ok) => {
                if (!ok) return;
                pane.setEditedText(null);
                setEditing(false);
              })
            }
          >
            {e('regenerate')}
          </Button>
        )}
      </div>
      {edited && (
        <MessageBar intent="info">
          <MessageBarBody>{e('edited')}</MessageBarBody>
        </MessageBar>
      )}
      {editing ? (
        <Textarea
          className={styles.editor}
          textarea={{ className: styles.editorText }}
          resize="vertical"
          aria-label={e('edit')}
          value={pane.editedText ?? narrativeProseToText(current)}
          onChange={(_, data) => pane.setEditedText(data.value)}
        />
      ) : (
        <>
          <p className={styles.hint}>{e('narrativeHint')}</p>
          <NarrativeText narrative={current} onLocate={(cells) => void pane.locate(cells)} />
          {current.appendix && current.appendix.rows.length > 0 && (
            <p className={styles.hint} data-testid="appendix-note">
              {e('appendixNote', {
                title: current.appendix.title,
                count: current.appendix.rows.filter((row) => row.kind === 'indicator').length,
              })}
            </p>
          )}
        </>
      )}
      {pane.standalone && pane.table && (
        <TablePreview
          grid={pane.table.grid}
          sheetName={pane.table.sheetName}
          located={pane.located}
        />
      )}
    </div>
  );
}
