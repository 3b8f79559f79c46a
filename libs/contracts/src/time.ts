// The one Vietnam-time module lives in libs/domain (its rules need "today" too); the apps read it from here.
export {
  VIETNAM_UTC_OFFSET_MS,
  dayMonth,
  daysLeft,
  formatIsoDate,
  formatVietnamDateTime,
  fromVietnamInput,
  todayInVietnam,
  toVietnamInput,
  vietnamClock,
  vietnamTimeToUtc,
  vietnamWallClock,
} from '@motcua/domain';
