export { ScheduleReportButton } from './components/ScheduleReportButton';
export { SchedulesListener } from './components/SchedulesListener';
export { SchedulesPage } from './components/SchedulesPage';
