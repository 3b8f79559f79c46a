import { Create, SimpleForm } from 'react-admin';
import { UnitFormInputs } from './UnitFormInputs';

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ parentId: null, sortOrder: 0 }} warnWhenUnsavedChanges>
      <UnitFormInputs />
    </SimpleForm>
  </Create>
);

export default UnitCreate;
