import { NavLink, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { Section, SectionId } from '../types/sections';

type NavbarLinksProps = {
  sections: readonly Section[];
  /** Optional right-hand badges by section (e.g. the open-alerts count), composed by the app. */
  badges?: Partial<Record<SectionId, ReactNode>>;
};

/** The section list in the left sidebar (only what the role may open); the active route is highlighted. */
export function NavbarLinks({ sections, badges }: NavbarLinksProps) {
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="nav" aria-label="Sections">
      {sections.map((section) => {
        const SectionIcon = section.icon;
        const active = pathname === section.path || pathname.startsWith(`${section.path}/`);
        return (
          <NavLink
            key={section.id}
            component={RouterNavLink}
            to={section.path}
            label={section.label}
            leftSection={<SectionIcon size={19} stroke={1.6} />}
            rightSection={badges?.[section.id]}
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
