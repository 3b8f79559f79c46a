import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { foldVietnamese } from '@motcua/domain';
import { AutocompleteInput, useRecordContext, type AutocompleteInputProps } from 'react-admin';
import type { Unit } from '@motcua/contracts';
import { possibleParents, type TreeUnit } from './unitTree';
import { useUnitTree } from './useUnitTree';

const UnitOption = () => {
  const unit = useRecordContext<TreeUnit>();
  if (!unit) return null;
  return (
    <Box sx={{ pl: unit.level * 2, display: 'flex', gap: 1, alignItems: 'baseline' }}>
      <span>{unit.name}</span>
      <Typography variant="caption" color="text.secondary">
        {unit.code}
      </Typography>
    </Box>
  );
};

const unitName = (unit: TreeUnit) => unit.name;

/** Typing "so y te" finds "Sở Y tế"; the code matches too. */
const matchUnit = (filter: string, unit: TreeUnit) =>
  foldVietnamese(`${unit.name} ${unit.code}`).includes(foldVietnamese(filter));

export type UnitTreeInputProps = Omit<
  AutocompleteInputProps,
  'choices' | 'optionText' | 'inputText' | 'matchSuggestion'
> & {
  source: string;
  /** A unit being moved: neither it nor its sub-units may become its parent. */
  excluding?: Pick<Unit, 'path'>;
};

/** Picks a unit from the whole tree, indented under its parent and searchable without diacritics. */
export const UnitTreeInput = ({ excluding, ...props }: UnitTreeInputProps) => {
  const { units, isPending } = useUnitTree();
  const choices = useMemo(() => possibleParents(units, excluding), [units, excluding]);
  return (
    <AutocompleteInput
      choices={choices}
      isPending={isPending}
      optionText={<UnitOption />}
      inputText={unitName}
      matchSuggestion={matchUnit}
      suggestionLimit={200}
      {...props}
    />
  );
};
