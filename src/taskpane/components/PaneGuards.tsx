// Loaded when needed: the bar over results computed with older settings, and the question asked
// before an edited summary is discarded.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { editText } from '../i18n/editStrings';
import type { Pane } from '../state/usePane';

export function StaleBar({ pane }: { pane: Pane }) {
  const { locale } = useI18n();
  const canCheck = pane.busy === null && (!pane.standalone || pane.table !== null);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale">
      <MessageBarBody>{editText(locale, 'staleResults')}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={!canCheck} onClick={() => void pane.check()}>
          {editText(locale, 'recheck')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Open while a question is pending (`answer` set). */
export function DiscardDialog({ answer }: { answer: ((ok: boolean) => void) | null }) {
  const { locale } = useI18n();
  const reply = (ok: boolean) => answer?.(ok);
  return (
    <Dialog
      modalType="alert"
      open={answer !== null}
      onOpenChange={(_, data) => !data.open && reply(false)}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{editText(locale, 'discardTitle')}</DialogTitle>
          <DialogContent>{editText(locale, 'discardBody')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => reply(true)}>
              {editText(locale, 'discardConfirm')}
            </Button>
            <Button onClick={() => reply(false)}>{editText(locale, 'cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
