import { Datagrid, FunctionField, List, NumberField, SearchInput, TextField, useTranslate } from 'react-admin';
import type { RaRecord } from 'react-admin';

const filters = [<SearchInput source="q" alwaysOn key="q" />];

export const UnitList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'path', order: 'ASC' }} perPage={50}>
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <TextField source="code" />
        <FunctionField source="name" render={(unit: RaRecord) => <span style={{ paddingLeft: `${unit.depth * 1.25}em` }}>{unit.name}</span>} />
        <FunctionField source="kind" render={(unit: RaRecord) => translate(`resources.units.kinds.${unit.kind}`)} />
        <NumberField source="depth" />
      </Datagrid>
    </List>
  );
};

export default UnitList;
