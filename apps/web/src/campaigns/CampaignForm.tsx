import { Alert, Box } from '@mui/material';
import type { ReactElement } from 'react';
import { CheckboxGroupInput, maxLength, minLength, required, SimpleForm, TextInput, type Validator } from 'react-admin';
import { CAMPAIGN_ITEMS, type CampaignItem } from '@motcua/contracts';
import { TargetPreview } from './TargetPreview';
import { UnitTargetsInput } from './UnitTargetsInput';
import { VietnamDateTimeInput } from './VietnamDateTimeInput';
import { FormErrorSummary } from '../common/FormErrorSummary';

const ITEM_CHOICES = CAMPAIGN_ITEMS.map((id) => ({ id, name: `compliance.items.${id}` }));

/** Every profile field plus the officer's confirmation: what most campaigns ask for. */
export const DEFAULT_REQUIRED_ITEMS: CampaignItem[] = CAMPAIGN_ITEMS.filter((item) => item !== 'verified');

const deadlineAfterStart: Validator = (deadline, values) =>
  deadline && values?.startsAt && Date.parse(deadline) <= Date.parse(values.startsAt)
    ? 'resources.campaigns.form.deadline_before_start'
    : undefined;

/** The API refuses a deadline already past (DEADLINE_PASSED); an unchanged one on an overdue campaign may stay. */
const deadlineAhead =
  (unchanged?: string): Validator =>
  (deadline) =>
    deadline && deadline !== unchanged && Date.parse(deadline) <= Date.now()
      ? 'resources.campaigns.form.deadline_passed'
      : undefined;

const atLeastOneItem: Validator = (value) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'resources.campaigns.form.items_required';

const validateName = [required(), minLength(3), maxLength(200)];
const validateStart = [required()];

/** Name, period (Vietnam time), required items and target units, with the live count of officers reached. */
export const CampaignForm = ({
  toolbar,
  notice,
  disabled = false,
  defaultValues,
  savedDeadline,
}: {
  toolbar?: ReactElement | false;
  notice?: ReactElement;
  disabled?: boolean;
  /** Only for a new campaign: react-admin would merge them into an existing record's arrays. */
  defaultValues?: Record<string, unknown>;
  /** The stored deadline of the campaign being edited. */
  savedDeadline?: string;
}) => (
  <SimpleForm
    toolbar={toolbar}
    defaultValues={defaultValues}
    disabled={disabled}
    disableInvalidFormNotification
    warnWhenUnsavedChanges={!disabled}
  >
    <FormErrorSummary />
    {notice}
    <TextInput source="name" validate={validateName} fullWidth sx={{ maxWidth: 720 }} disabled={disabled} />
    <TextInput
      source="description"
      multiline
      minRows={2}
      fullWidth
      sx={{ maxWidth: 720 }}
      validate={maxLength(2000)}
      disabled={disabled}
    />
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', maxWidth: 720 }}>
      <VietnamDateTimeInput source="startsAt" validate={validateStart} sx={{ flex: '1 1 16rem' }} disabled={disabled} />
      <VietnamDateTimeInput
        source="deadlineAt"
        validate={[required(), deadlineAfterStart, deadlineAhead(savedDeadline)]}
        sx={{ flex: '1 1 16rem' }}
        disabled={disabled}
      />
    </Box>
    <CheckboxGroupInput
      source="requiredItems"
      choices={ITEM_CHOICES}
      validate={atLeastOneItem}
      helperText="resources.campaigns.form.items_help"
      sx={{ maxWidth: 720 }}
      disabled={disabled}
    />
    <UnitTargetsInput source="targets" disabled={disabled} />
    <Box sx={{ width: '100%', maxWidth: 720, mt: 1 }}>
      <TargetPreview source="targets" />
    </Box>
  </SimpleForm>
);

export const ReadOnlyNotice = ({ message }: { message: string }) => (
  <Alert severity="info" sx={{ mb: 2, width: '100%', maxWidth: 720 }}>
    {message}
  </Alert>
);
