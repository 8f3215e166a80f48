interface Step {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

/** "What to do next": a short list of steps, each with its link where there is one. */
export function NextSteps({ heading, steps }: { heading: string; steps: readonly Step[] }) {
  return (
    <>
      <h2>{heading}</h2>
      <ul class="decide-reasons">
        {steps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.link && (
              <>
                {' '}
                <a href={step.link.href}>{step.link.label}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
