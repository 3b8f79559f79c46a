import { useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import { useCan } from '../auth/useCan';
import { CampaignProgressButton } from './CampaignActions';
import { CAMPAIGN_STATUSES, type Campaign } from '@motcua/contracts';
import { CampaignStatusChip } from './CampaignStatusChip';
import { ListEmpty } from '../common/ListEmpty';

const statusChoices = CAMPAIGN_STATUSES.map((id) => ({ id, name: `resources.campaigns.statuses.${id}` }));
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const asCampaign = (record: RaRecord) => record as unknown as Campaign;

/** Campaigns, latest deadline first, with status chips and the period in Vietnam time (dd/MM/yyyy HH:mm). */
export const CampaignList = () => {
  const translate = useTranslate();
  const mayEdit = useCan().can({ action: 'edit', resource: 'campaigns' });
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const rowClick = mayEdit ? ('edit' as const) : false;
  return (
    <List
      empty={<ListEmpty />}
      filters={filters}
      sort={{ field: 'deadlineAt', order: 'DESC' }}
      actions={<ListActions />}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(record) => record.name}
          secondaryText={(record) =>
            `${translate('resources.campaigns.fields.deadlineAt')}: ${formatVietnamDateTime(record.deadlineAt)}`
          }
          tertiaryText={(record) => <CampaignStatusChip status={asCampaign(record).status} />}
          linkType={rowClick}
        />
      ) : (
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="name" />
          <FunctionField
            source="status"
            render={(record: RaRecord) => <CampaignStatusChip status={asCampaign(record).status} />}
          />
          <FunctionField
            source="startsAt"
            render={(record: RaRecord) => formatVietnamDateTime(asCampaign(record).startsAt)}
          />
          <FunctionField
            source="deadlineAt"
            render={(record: RaRecord) => formatVietnamDateTime(asCampaign(record).deadlineAt)}
          />
          <FunctionField
            source="requiredItems"
            sortable={false}
            render={(record: RaRecord) =>
              translate('resources.campaigns.list.items_count', {
                smart_count: asCampaign(record).requiredItems?.length ?? 0,
              })
            }
          />
          <FunctionField
            source="targets"
            sortable={false}
            render={(record: RaRecord) =>
              translate('resources.campaigns.list.targets_count', {
                smart_count: asCampaign(record).targets?.length ?? 0,
              })
            }
          />
          <CampaignProgressButton />
        </Datagrid>
      )}
    </List>
  );
};

export default CampaignList;
