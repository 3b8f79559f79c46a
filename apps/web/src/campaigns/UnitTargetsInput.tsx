import CancelIcon from '@mui/icons-material/Cancel';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Alert,
  Box,
  Checkbox,
  Chip,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  IconButton,
  InputAdornment,
  LinearProgress,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useMemo, useState } from 'react';
import { useGetList, useInput, useTranslate, type Validator } from 'react-admin';
import type { Unit } from '@motcua/contracts';
import { orderAsTree } from '../units/unitTree';
import type { CampaignTarget } from '@motcua/contracts';
import { coveredUnits, initiallyExpanded, setIncludeSubtree, toggleTarget, visibleUnits } from './targetTree';

const requireTargets: Validator = (value) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'resources.campaigns.form.targets_required';

/** The whole unit tree in one request (the API allows 1000 a page); react-admin caches it between forms. */
const useAllUnits = () =>
  useGetList<Unit>(
    'units',
    { pagination: { page: 1, perPage: 1000 }, sort: { field: 'path', order: 'ASC' } },
    { staleTime: 5 * 60_000 },
  );

/**
 * The campaign's target units: a checkbox per unit of the tree and, for a chosen unit with sub-units, a
 * "gồm đơn vị trực thuộc" switch. Units already covered by a chosen parent show as covered.
 */
export const UnitTargetsInput = ({ source = 'targets', disabled = false }: { source?: string; disabled?: boolean }) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate: requireTargets });
  const targets: CampaignTarget[] = useMemo(() => (Array.isArray(field.value) ? field.value : []), [field.value]);
  const { data: units = [], isPending, error } = useAllUnits();
  const ordered = useMemo(() => orderAsTree(units), [units]);
  const hasChildren = useMemo(
    () => new Set(units.map((unit) => unit.parentId).filter((id): id is number => id !== null)),
    [units],
  );
  const covered = useMemo(() => coveredUnits(units, targets), [units, targets]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Set<number> | null>(null);
  const open = expanded ?? initiallyExpanded(ordered, targets);
  const shown = useMemo(() => visibleUnits(ordered, search, open), [ordered, search, open]);
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);

  const change = (next: CampaignTarget[]) => {
    field.onChange(next);
    field.onBlur();
  };
  const toggleExpanded = (unitId: number) => {
    const next = new Set(open);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    setExpanded(next);
  };
  const errorText = fieldState.error?.message
    ? translate(fieldState.error.message, { _: fieldState.error.message })
    : undefined;

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%', maxWidth: 720 }} aria-invalid={!!errorText}>
      <FormLabel component="legend" required={isRequired} error={!!errorText} sx={{ mb: 1 }}>
        {translate('resources.campaigns.fields.targets')}
      </FormLabel>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mb: 1 }} aria-live="polite">
        {targets.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.campaigns.targets.none_selected')}
          </Typography>
        ) : (
          targets.map((target) => {
            const name = byId.get(target.unitId)?.name ?? `#${target.unitId}`;
            return (
              <Chip
                key={target.unitId}
                size="small"
                label={
                  target.includeSubtree && hasChildren.has(target.unitId)
                    ? translate('resources.campaigns.targets.with_subtree', { name })
                    : name
                }
                onDelete={disabled ? undefined : () => change(toggleTarget(targets, target.unitId, units))}
                deleteIcon={
                  <CancelIcon
                    aria-label={translate('resources.campaigns.targets.remove', { name })}
                    aria-hidden={false}
                  />
                }
              />
            );
          })
        )}
      </Stack>
      <TextField
        size="small"
        fullWidth
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={translate('resources.campaigns.targets.search')}
        slotProps={{
          htmlInput: { 'aria-label': translate('resources.campaigns.targets.search') },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <Box
        sx={{
          mt: 1,
          maxHeight: 380,
          overflowY: 'auto',
          border: 1,
          borderColor: errorText ? 'error.main' : 'divider',
          borderRadius: 1,
        }}
      >
        {isPending && (
          <Box sx={{ p: 2 }}>
            <LinearProgress />
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('resources.campaigns.targets.loading')}
            </Typography>
          </Box>
        )}
        {error && <Alert severity="error">{translate('resources.campaigns.targets.load_failed')}</Alert>}
        {!isPending && !error && shown.length === 0 && (
          <Typography variant="body2" sx={{ p: 2 }}>
            {translate('resources.campaigns.targets.no_match')}
          </Typography>
        )}
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {shown.map((unit) => {
            const target = targets.find((t) => t.unitId === unit.id);
            const coveringId = covered.get(unit.id);
            const parentOfOthers = hasChildren.has(unit.id);
            const isOpen = open.has(unit.id) || search.trim() !== '';
            return (
              <Box
                component="li"
                key={unit.id}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  flexWrap: 'wrap',
                  columnGap: 1,
                  pl: unit.level * 2,
                  pr: 1,
                  borderBottom: 1,
                  borderColor: 'divider',
                }}
              >
                <Box sx={{ width: 32, flexShrink: 0 }}>
                  {parentOfOthers && !search.trim() && (
                    <IconButton
                      size="small"
                      onClick={() => toggleExpanded(unit.id)}
                      aria-expanded={isOpen}
                      aria-label={translate(
                        isOpen ? 'resources.campaigns.targets.collapse' : 'resources.campaigns.targets.expand',
                        { name: unit.name },
                      )}
                    >
                      {isOpen ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
                    </IconButton>
                  )}
                </Box>
                <FormControlLabel
                  sx={{ flex: '1 1 12rem', mr: 0, minWidth: 0 }}
                  control={
                    <Checkbox
                      size="small"
                      checked={!!target || coveringId !== undefined}
                      disabled={disabled || coveringId !== undefined}
                      onChange={() => change(toggleTarget(targets, unit.id, units))}
                    />
                  }
                  label={
                    <span>
                      {unit.name}
                      {coveringId !== undefined && (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {` · ${translate('resources.campaigns.targets.covered')}`}
                        </Typography>
                      )}
                    </span>
                  }
                />
                {target && parentOfOthers && (
                  <FormControlLabel
                    sx={{ ml: { xs: 5, sm: 0 }, mr: 0 }}
                    control={
                      <Switch
                        size="small"
                        checked={target.includeSubtree}
                        disabled={disabled}
                        onChange={(event) => change(setIncludeSubtree(targets, unit.id, event.target.checked, units))}
                        slotProps={{
                          input: {
                            'aria-label': `${unit.name}: ${translate('resources.campaigns.targets.include_subtree')}`,
                          },
                        }}
                      />
                    }
                    label={
                      <Typography variant="body2">
                        {translate('resources.campaigns.targets.include_subtree')}
                      </Typography>
                    }
                  />
                )}
              </Box>
            );
          })}
        </Box>
      </Box>
      <FormHelperText error={!!errorText}>
        {errorText ?? translate('resources.campaigns.targets.selected', { smart_count: targets.length })}
      </FormHelperText>
    </Box>
  );
};
