// The app's stylesheets, one concept each, in cascade order: later files win over earlier ones at equal
// specificity (embed-page hides the app's chrome, responsive overrides the layout), so keep this order.
import './base.css';
import './filters.css';
import './layout.css';
import './timeline.css';
import './network.css';
import './legend.css';
import './list.css';
import './detail.css';
import './tooltip.css';
import './embed-dialog.css';
import './embed-page.css';
import './responsive.css';
