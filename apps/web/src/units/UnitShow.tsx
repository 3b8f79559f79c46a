import {
  Datagrid,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { UnitOfficerCount } from './UnitOfficerCount';

const UnitShowActions = () => (
  <TopToolbar>
    <EditButton sx={{ whiteSpace: 'nowrap' }} />
  </TopToolbar>
);

export const UnitShow = () => {
  const translate = useTranslate();
  const kindLabel = (unit: RaRecord) => translate(`resources.units.kinds.${unit.kind}`);
  return (
    <Show actions={<UnitShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <FunctionField source="kind" render={kindLabel} />
        <ReferenceField source="parentId" reference="units" link="show" emptyText={translate('admin.units.root')} />
        <NumberField source="sortOrder" />
        <Labeled label="resources.units.fields.officerCount">
          <UnitOfficerCount link />
        </Labeled>
        <ReferenceManyField
          reference="units"
          target="parentId"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={200}
          label="admin.units.children"
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span />}>
            <TextField source="name" />
            <TextField source="code" />
            <FunctionField source="kind" render={kindLabel} />
            <UnitOfficerCount label="resources.units.fields.officerCount" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};

export default UnitShow;
