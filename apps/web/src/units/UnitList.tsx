import { useMemo, type ReactNode } from 'react';
import { Alert, Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  EditButton,
  FunctionField,
  List,
  ListContextProvider,
  RecordContextProvider,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useListContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useCan } from '../auth/useCan';
import { UnitOfficerCount } from './UnitOfficerCount';
import { UNIT_KINDS, type Unit } from '@motcua/contracts';
import { orderAsTree, type TreeUnit } from './unitTree';
import { UNIT_TREE_LIMIT } from './useUnitTree';
import { ListEmpty } from '../common/ListEmpty';

const useKindChoices = () => {
  const translate = useTranslate();
  return UNIT_KINDS.map((kind) => ({ id: kind, name: translate(`resources.units.kinds.${kind}`) }));
};

const useUnitFilters = () => {
  const kinds = useKindChoices();
  return [<SearchInput source="q" alwaysOn key="q" />, <SelectInput source="kind" choices={kinds} key="kind" />];
};

const UnitListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The page's units re-ordered as a tree (siblings by sort order and name), whatever order the API used. */
const TreeOrder = ({ children }: { children: ReactNode }) => {
  const list = useListContext<Unit>();
  const translate = useTranslate();
  const data = useMemo(() => (list.data ? orderAsTree(list.data) : list.data), [list.data]);
  return (
    <ListContextProvider value={{ ...list, data } as typeof list}>
      {list.total !== undefined && list.data && list.total > list.data.length && (
        <Alert severity="info" sx={{ m: 1 }}>
          {translate('admin.units.too_many', { shown: list.data.length, total: list.total })}
        </Alert>
      )}
      {children}
    </ListContextProvider>
  );
};

const IndentedName = ({ unit }: { unit: TreeUnit }) => (
  <Box component="span" sx={{ pl: unit.level * 2.5, fontWeight: unit.level === 0 ? 600 : undefined }}>
    {unit.name}
  </Box>
);

export const UnitList = () => {
  const translate = useTranslate();
  // A column of its own: shown only to those who may change the tree, not as empty cells.
  const mayEdit = useCan().can({ action: 'edit', resource: 'units' });
  const filters = useUnitFilters();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const kindLabel = (unit: RaRecord) => translate(`resources.units.kinds.${unit.kind}`);
  return (
    <List
      empty={<ListEmpty />}
      filters={filters}
      actions={<UnitListActions />}
      sort={{ field: 'path', order: 'ASC' }}
      perPage={UNIT_TREE_LIMIT}
      pagination={false}
    >
      <TreeOrder>
        {isSmall ? (
          <SimpleList<TreeUnit>
            primaryText={(unit) => <IndentedName unit={unit} />}
            // The count on its own line: beside the name it ran into it ("…Lào Cai308 tài khoản").
            secondaryText={(unit) => (
              <>
                {`${unit.code} · ${kindLabel(unit)}`}
                <br />
                {/* SimpleList calls secondaryText without the row's record context. */}
                <RecordContextProvider value={unit}>
                  <UnitOfficerCount />
                </RecordContextProvider>
              </>
            )}
            rowClick="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <FunctionField source="name" sortable={false} render={(unit: TreeUnit) => <IndentedName unit={unit} />} />
            <TextField source="code" sortable={false} />
            <FunctionField source="kind" sortable={false} render={kindLabel} />
            <FunctionField
              source="officerCount"
              sortable={false}
              render={() => (
                <Typography component="span" variant="body2" title={translate('admin.units.count_help')}>
                  <UnitOfficerCount link />
                </Typography>
              )}
            />
            {mayEdit && <EditButton sx={{ whiteSpace: 'nowrap' }} />}
          </Datagrid>
        )}
      </TreeOrder>
    </List>
  );
};

export default UnitList;
