import type { Complaint } from './complaint';

/** A complaint with no answer yet. */
export const emptyComplaint: Complaint = {
  state: '',
  profession: '',
  therapist: { name: '', licenseNumber: '', practiceAddress: '' },
  you: { name: '', email: '', phone: '', address: '' },
  treatment: { from: '', to: '' },
  whatHappened: '',
  drafted: false,
};
