import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { SECTIONS } from '../types/sections';

/** The section list in the left sidebar; the active route is highlighted. */
export function NavbarLinks() {
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="nav" aria-label="Sections">
      {SECTIONS.map((section) => {
        const SectionIcon = section.icon;
        const active = pathname === section.path || pathname.startsWith(`${section.path}/`);
        return (
          <NavLink
            key={section.id}
            component={RouterNavLink}
            to={section.path}
            label={section.label}
            leftSection={<SectionIcon size={19} stroke={1.6} />}
            active={active}
            variant="light"
            fw={active ? 600 : 500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}
