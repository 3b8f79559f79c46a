import {
  DeleteButton,
  Edit,
  type EditProps,
  SaveButton,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCan } from '../auth/useCan';
import { CampaignProgressButton, CampaignTransitionButton } from './CampaignActions';
import { CampaignForm, ReadOnlyNotice } from './CampaignForm';
import type { Campaign } from '@motcua/contracts';

const EditActions = () => {
  const mayEdit = useCan().can({ action: 'edit', resource: 'campaigns' });
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <CampaignProgressButton />
      {mayEdit && <CampaignTransitionButton action="activate" />}
      {mayEdit && <CampaignTransitionButton action="close" />}
    </TopToolbar>
  );
};

/** Save, and delete while still a draft (the API refuses to delete a started campaign). */
const EditToolbar = () => {
  const record = useRecordContext<Campaign>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.status === 'draft' && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

const EditBody = () => {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const mayEdit = useCan().can({ action: 'edit', resource: 'campaigns' });
  if (!record) return null;
  const readOnly = record.status === 'closed' || !mayEdit;
  const notice = readOnly ? (
    <ReadOnlyNotice
      message={translate(
        record.status === 'closed' ? 'resources.campaigns.form.closed_readonly' : 'resources.campaigns.form.read_only',
      )}
    />
  ) : undefined;
  return (
    <CampaignForm
      toolbar={readOnly ? false : <EditToolbar />}
      notice={notice}
      disabled={readOnly}
      savedDeadline={record.deadlineAt}
    />
  );
};

/**
 * Only what changed travels (the data provider diffs against the record, with its version). Targets are sent
 * again only when the picker changed them, and then without the row's campaignId; a cleared description is ''.
 */
export const CampaignEdit = (props: Omit<EditProps<Campaign>, 'children'>) => (
  <Edit<Campaign>
    {...props}
    actions={<EditActions />}
    mutationMode="pessimistic"
    transform={(data) => ({ ...data, description: data.description ?? '' })}
  >
    <EditBody />
  </Edit>
);

export default CampaignEdit;
