import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { createPopupApi } from '@/components/popup/api';
import '@/components/shared/styles.css';

// `popup.html?tabId=N` shows tab N; `&claim=<id>` opens the correction form for that claim.
const params = new URLSearchParams(location.search);
createRoot(document.getElementById('root')!).render(
  <PopupApp api={createPopupApi()} initialClaimId={params.get('claim')} />,
);
