/** Opens the system file chooser; resolves with the chosen files (never when cancelled). */
export const chooseFiles = (accept: string, onChosen: (files: File[]) => void): void => {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = true;
  input.addEventListener('change', () => onChosen([...(input.files ?? [])]), { once: true });
  input.click();
};
