import { useRef, useState, type DragEvent } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { IMPORT_EXTENSIONS } from './importApi';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** Drag a spreadsheet onto the zone or pick one; the wizard checks it. */
export const ImportFileDrop = ({
  file,
  disabled,
  onFile,
}: {
  file: File | null;
  disabled: boolean;
  onFile: (file: File) => void;
}) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };

  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: (theme) => (over ? alpha(theme.palette.primary.main, 0.06) : 'transparent'),
        borderRadius: 2,
        p: 4,
        textAlign: 'center',
      }}
    >
      <UploadFileIcon color="action" sx={{ fontSize: 48 }} />
      <Typography sx={{ mb: 1 }}>{translate('admin.import.upload.drop')}</Typography>
      <input
        ref={input}
        type="file"
        hidden
        accept={`${IMPORT_EXTENSIONS.join(',')},application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv`}
        data-testid="import-file-input"
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) onFile(picked);
          event.target.value = '';
        }}
      />
      <Button variant="outlined" onClick={() => input.current?.click()} disabled={disabled}>
        {translate('admin.import.upload.pick')}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('admin.import.upload.limits')}
      </Typography>
      {file && (
        <Typography variant="body2" sx={{ mt: 2, fontWeight: 600 }}>
          {translate('admin.import.upload.chosen', { name: file.name, size: sizeOf(file.size) })}
        </Typography>
      )}
    </Box>
  );
};
