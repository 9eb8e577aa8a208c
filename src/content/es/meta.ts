import type { MetaStrings } from '../schema.js';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Footer words shared by every element. Dates as "1 de diciembre de 2026": month in lowercase, joined by "de". */
export const meta: MetaStrings = {
  updated: 'Actualizado:',
  sources: (count) => `Fuentes (${count})`,
  notChecked: 'Un médico todavía no ha revisado esta información.',
  checkedFor: (reviewer, organization, date) => `Revisado para ${organization} el ${date} por ${reviewer}.`,
  checkedBy: (reviewer, date) => `Revisado por ${reviewer} el ${date}.`,
  outOfDate: 'Es posible que esta información no esté al día.',
  translationPending: 'Un traductor médico calificado todavía no ha revisado esta traducción.',
  translationOutdated: 'El texto en inglés cambió después de esta traducción. Es posible que la traducción no esté al día.',
  translationCheckedBy: (translator, organization, date) => `Traducción revisada para ${organization} el ${date} por ${translator}.`,
  careTeam: 'Hable con su equipo de atención médica sobre su propia atención.',
  reviewInfo: (version, updated, reviewBy) => `versión ${version}, actualizada ${updated}, revisar antes del ${reviewBy}`,
  date: (year, month, day) => `${day} de ${MONTHS[month - 1]} de ${year}`,
};
