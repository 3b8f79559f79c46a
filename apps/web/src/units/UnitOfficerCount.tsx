import { useEffect, useState } from 'react';
import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Unit } from '@motcua/contracts';

/**
 * True once the element has been on screen: a long tree asks for counts only of the rows a user scrolls to.
 * A callback ref, so an element mounted after the first render (a phone list row) is observed too.
 */
function useSeen<E extends Element>(): [(node: E | null) => void, boolean] {
  const [node, setNode] = useState<E | null>(null);
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (seen || !node) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [seen, node]);
  return [setNode, seen];
}

/** Link to the officers list filtered on a unit (the API's unitId filter includes sub-units). */
export const officersOfUnitPath = (unitId: number) =>
  `/officers?${new URLSearchParams({ filter: JSON.stringify({ unitId }) })}`;

/**
 * How many accounts a unit and its sub-units hold, read as the `total` of a one-row officers page (the units API
 * has no counts). Scoped like the officers list: a unit admin counts only what they may see.
 */
export const UnitOfficerCount = ({ link = false }: { label?: string; link?: boolean }) => {
  const unit = useRecordContext<Unit>();
  const translate = useTranslate();
  const [ref, seen] = useSeen<HTMLSpanElement>();
  const { total, isPending, error } = useGetList(
    'officers',
    { filter: { unitId: unit?.id }, pagination: { page: 1, perPage: 1 }, sort: { field: 'fullName', order: 'ASC' } },
    { enabled: seen && unit !== undefined, staleTime: 60 * 1000 },
  );
  const text =
    !seen || isPending
      ? '…'
      : error || total === undefined
        ? '—'
        : translate('admin.units.officer_count', { smart_count: total });
  return (
    <Typography ref={ref} component="span" variant="body2">
      {link && unit && total ? (
        <Link component={RouterLink} to={officersOfUnitPath(unit.id)} onClick={(event) => event.stopPropagation()}>
          {text}
        </Link>
      ) : (
        text
      )}
    </Typography>
  );
};
