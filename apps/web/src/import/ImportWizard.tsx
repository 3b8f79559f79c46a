import { useReducer } from 'react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import KeyIcon from '@mui/icons-material/Key';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../auth/useCan';
import { downloadFile } from '../common/fileTransfer';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportFileDrop } from './ImportFileDrop';
import { ImportReviewList } from './ImportReviewList';
import { ImportTotals } from './ImportTotals';
import { downloadImportReport, IMPORT_TEMPLATE_URL, ImportHasErrors, uploadImport } from './importApi';
import {
  canCommit,
  canContinue,
  IMPORT_STEPS,
  importWizardReducer,
  initialImportState,
  type ImportWizardState,
} from './importWizardState';

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/** Upload → preview (dry run) → confirm (commit) → result with the one-time activation codes. */
const ImportWizard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { can, isPending } = useCan();
  const mayImport = can({ action: 'import', resource: 'officers' });
  const [state, dispatch] = useReducer(importWizardReducer, initialImportState);

  const check = async () => {
    if (!state.file) return;
    dispatch({ type: 'checkStarted' });
    try {
      dispatch({ type: 'checked', report: await uploadImport(state.file, 'dry-run') });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  };

  const commit = async () => {
    if (!state.file) return;
    dispatch({ type: 'commitStarted' });
    try {
      dispatch({
        type: 'committed',
        report: await uploadImport(state.file, 'commit', {
          skipInvalid: state.skipInvalid,
          confirmFlagged: state.flaggedConfirmed,
        }),
      });
    } catch (error) {
      if (error instanceof ImportHasErrors)
        dispatch({ type: 'commitRefused', report: error.report, message: error.message });
      else dispatch({ type: 'failed', message: messageOf(error) });
    }
  };

  const download = async (fetchAndSave: () => Promise<unknown>, onDone?: () => void) => {
    try {
      await fetchAndSave();
      onDone?.();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  if (isPending) return <Loading />;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('admin.import.title')} />
      <Button component={Link} to="/officers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate('admin.import.result.back')}
      </Button>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
            {translate('admin.import.title')}
          </Typography>
          {!mayImport ? (
            <Alert severity="warning">{translate('admin.import.forbidden')}</Alert>
          ) : (
            <>
              <Stepper
                activeStep={state.step === 'result' ? IMPORT_STEPS.length : IMPORT_STEPS.indexOf(state.step)}
                alternativeLabel
                sx={{ mb: 3 }}
              >
                {IMPORT_STEPS.map((step) => (
                  <Step key={step}>
                    <StepLabel>{translate(`admin.import.steps.${step}`)}</StepLabel>
                  </Step>
                ))}
              </Stepper>
              {state.busy && (
                <Box sx={{ mb: 2 }} role="status">
                  <LinearProgress />
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {translate(`admin.import.progress.${state.busy}`)}
                  </Typography>
                </Box>
              )}
              {state.problem && (
                <Alert severity="error" sx={{ mb: 2 }}>
                  {translate(state.problem, { _: state.problem })}
                </Alert>
              )}
              <StepBody state={state} dispatch={dispatch} check={check} commit={commit} download={download} />
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

interface StepBodyProps {
  state: ImportWizardState;
  dispatch: (event: Parameters<typeof importWizardReducer>[1]) => void;
  check: () => void;
  commit: () => void;
  download: (fetchAndSave: () => Promise<unknown>, onDone?: () => void) => Promise<void>;
}

const StepBody = ({ state, dispatch, check, commit, download }: StepBodyProps) => {
  const translate = useTranslate();
  const { report, result, busy } = state;

  if (state.step === 'upload') {
    return (
      <Stack spacing={2}>
        <ImportFileDrop
          file={state.file}
          disabled={busy !== null}
          onFile={(file) => dispatch({ type: 'fileChosen', file })}
        />
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Button
            startIcon={<DownloadIcon />}
            onClick={() => download(() => downloadFile(IMPORT_TEMPLATE_URL, 'mau-nhap-can-bo.xlsx'))}
          >
            {translate('admin.import.upload.template')}
          </Button>
          <Button variant="contained" onClick={check} disabled={!state.file || busy !== null}>
            {translate('admin.import.upload.check')}
          </Button>
        </Stack>
      </Stack>
    );
  }

  if (state.step === 'preview' && report) {
    const file = state.file;
    return (
      <Stack spacing={2}>
        <ImportTotals totals={report.totals} />
        <ImportReviewList review={report.review} />
        <ImportErrorTable errors={report.errors} />
        {!canContinue(state) && <Alert severity="info">{translate('admin.import.confirm.nothing')}</Alert>}
        {file && (
          <Box>
            <Button
              startIcon={<FactCheckIcon />}
              onClick={() => download(() => downloadImportReport(file))}
              disabled={busy !== null}
            >
              {translate('admin.import.review.download')}
            </Button>
          </Box>
        )}
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
          <Button onClick={() => dispatch({ type: 'back' })} disabled={busy !== null}>
            {translate('admin.import.actions.restart')}
          </Button>
          <Button
            variant="contained"
            onClick={() => dispatch({ type: 'toConfirm' })}
            disabled={!canContinue(state) || busy !== null}
          >
            {translate('admin.import.actions.next')}
          </Button>
        </Stack>
      </Stack>
    );
  }

  if (state.step === 'confirm' && report) {
    const errorRows = report.totals.errors;
    const flagged = report.totals.flagged;
    return (
      <Stack spacing={2}>
        <Typography>
          {translate('admin.import.confirm.summary', {
            create: report.totals.create,
            update: report.totals.update,
            unchanged: report.totals.unchanged,
          })}
        </Typography>
        {flagged > 0 && (
          <Stack spacing={1}>
            <Alert severity="warning">{translate('admin.import.confirm.flagged', { smart_count: flagged })}</Alert>
            <ImportReviewList
              review={report.review.filter((row) => row.flags.length > 0)}
              title="admin.import.review.flagged_title"
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={state.flaggedConfirmed}
                  onChange={(event) => dispatch({ type: 'flaggedConfirmedChanged', confirmed: event.target.checked })}
                  disabled={busy !== null}
                />
              }
              label={translate('admin.import.confirm.acknowledge', { smart_count: flagged })}
            />
          </Stack>
        )}
        {errorRows > 0 && (
          <Box>
            <FormControlLabel
              control={
                <Checkbox
                  checked={state.skipInvalid}
                  onChange={(event) => dispatch({ type: 'skipInvalidChanged', skipInvalid: event.target.checked })}
                  disabled={busy !== null}
                />
              }
              label={translate('admin.import.confirm.skip_invalid')}
            />
            <Alert severity={state.skipInvalid ? 'info' : 'warning'}>
              {translate(state.skipInvalid ? 'admin.import.confirm.skip_hint' : 'admin.import.confirm.blocked', {
                smart_count: errorRows,
              })}
            </Alert>
          </Box>
        )}
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
          <Button onClick={() => dispatch({ type: 'back' })} disabled={busy !== null}>
            {translate('admin.import.actions.back')}
          </Button>
          <Button variant="contained" onClick={commit} disabled={!canCommit(state)}>
            {translate('admin.import.confirm.commit')}
          </Button>
        </Stack>
      </Stack>
    );
  }

  if (state.step === 'result' && result) {
    const codesUrl = result.activationCodesUrl;
    return (
      <Stack spacing={2}>
        <Alert severity="success">
          <strong>{translate('admin.import.result.title')}</strong>{' '}
          {translate('admin.import.result.summary', { create: result.totals.create, update: result.totals.update })}
        </Alert>
        <ImportTotals totals={result.totals} />
        {codesUrl && (
          <Box>
            <Button
              variant="contained"
              color="warning"
              startIcon={<KeyIcon />}
              disabled={state.codesDownloaded}
              onClick={() =>
                download(
                  () => downloadFile(codesUrl, 'ma-kich-hoat.xlsx'),
                  () => dispatch({ type: 'codesDownloaded' }),
                )
              }
            >
              {translate('admin.import.result.codes')}
            </Button>
            <Typography
              variant="body2"
              color={state.codesDownloaded ? 'success.main' : 'text.secondary'}
              sx={{ mt: 1 }}
            >
              {translate(
                state.codesDownloaded ? 'admin.import.result.codes_downloaded' : 'admin.import.result.codes_hint',
              )}
            </Typography>
          </Box>
        )}
        <Stack direction="row" spacing={2}>
          <Button component={Link} to="/officers" variant="outlined">
            {translate('admin.import.result.back')}
          </Button>
          <Button onClick={() => dispatch({ type: 'restart' })}>{translate('admin.import.result.again')}</Button>
        </Stack>
      </Stack>
    );
  }

  return null;
};

export default ImportWizard;
