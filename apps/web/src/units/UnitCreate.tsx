import { Create, SimpleForm } from 'react-admin';
import { UnitFormInputs } from './UnitFormInputs';

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ parentId: null, sortOrder: 0 }}>
      <UnitFormInputs />
    </SimpleForm>
  </Create>
);

export default UnitCreate;
