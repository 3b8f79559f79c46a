import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { UnitDeleteButton } from './UnitDeleteButton';
import { UnitFormInputs } from './UnitFormInputs';
import { FormErrorSummary } from '../common/FormErrorSummary';

const UnitEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <UnitDeleteButton />
  </Toolbar>
);

/** Pessimistic: a stale version (409) shows its message; the delete dialog says up front whether the unit can go. */
export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<UnitEditToolbar />} warnWhenUnsavedChanges disableInvalidFormNotification>
      <FormErrorSummary />
      <UnitFormInputs />
    </SimpleForm>
  </Edit>
);

export default UnitEdit;
