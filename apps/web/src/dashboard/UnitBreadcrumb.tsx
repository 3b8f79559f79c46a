import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Breadcrumbs, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isProvince } from './complianceApi';

/** A unit on the drill path; the start unit's path says whether it reads "Toàn tỉnh". */
export interface UnitStep {
  id: number;
  name: string;
  path?: string;
}

/** "Toàn tỉnh › Sở Y tế › Văn phòng Sở": every crumb but the last goes back up. */
export const UnitBreadcrumb = ({
  steps,
  onGo,
}: {
  steps: readonly UnitStep[];
  onGo: (step: UnitStep, index: number) => void;
}) => {
  const translate = useTranslate();
  const label = (step: UnitStep, index: number) =>
    index === 0 && step.path && isProvince({ path: step.path })
      ? translate('compliance.breadcrumb.province')
      : step.name;
  return (
    <Breadcrumbs
      aria-label={translate('compliance.breadcrumb.label')}
      separator={<NavigateNextIcon fontSize="small" />}
      sx={{ '& ol': { flexWrap: 'wrap' } }}
    >
      {steps.map((step, index) =>
        index === steps.length - 1 ? (
          <Typography key={step.id} color="text.primary" aria-current="page" sx={{ fontWeight: 600 }}>
            {label(step, index)}
          </Typography>
        ) : (
          <Link
            key={step.id}
            component="button"
            type="button"
            underline="hover"
            color="inherit"
            onClick={() => onGo(step, index)}
          >
            {label(step, index)}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
};
