// The business's profile: which of a template's steps suit it ("Tinka kam"), and how many are left out.
import type { Step, Template } from '../template/schema';

/** A step with no audience, or one for all, suits every business; otherwise it needs one audience in the profile. */
export function stepSuits(step: Step, profile: readonly string[] | undefined): boolean {
  if (!profile || profile.length === 0) return true;
  if (step.appliesTo.length === 0 || step.appliesTo.includes('all')) return true;
  return step.appliesTo.some((a) => profile.includes(a));
}

export interface ProfiledTemplate {
  template: Template;
  /** How many steps the profile left out. */
  leftOut: number;
}

/** The template with only the steps that suit the profile; no profile (or "all") keeps every step. */
export function fitToProfile(template: Template, profile: readonly string[] | undefined): ProfiledTemplate {
  if (!profile || profile.length === 0 || profile.includes('all')) return { template, leftOut: 0 };
  let leftOut = 0;
  const sections = template.sections.map((section) => {
    const steps = section.steps.filter((step) => stepSuits(step, profile));
    leftOut += section.steps.length - steps.length;
    return { ...section, steps };
  });
  return { template: { ...template, sections }, leftOut };
}
