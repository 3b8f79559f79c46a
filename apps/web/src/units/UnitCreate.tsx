import { Create, SimpleForm } from 'react-admin';
import { UnitFormInputs } from './UnitFormInputs';
import { FormErrorSummary } from '../common/FormErrorSummary';

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ parentId: null, sortOrder: 0 }} warnWhenUnsavedChanges disableInvalidFormNotification>
      <FormErrorSummary />
      <UnitFormInputs />
    </SimpleForm>
  </Create>
);

export default UnitCreate;
