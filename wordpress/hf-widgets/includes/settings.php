<?php
/**
 * Settings → HF widgets: the site-wide defaults (the data document, the exit address, the
 * widgets' language). Only users who may manage options see the page; WordPress's options.php
 * checks their capability and the form's nonce on every change.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_init', 'hf_widgets_register_settings' );
add_action( 'admin_menu', 'hf_widgets_add_settings_page' );
add_filter( 'upload_mimes', 'hf_widgets_allow_json_uploads' );

/**
 * The settings, with every key present and of the right type.
 *
 * @return array{source: string, attachment_id: int, url: string, document_url: string, exit_url: string, lang: string}
 *         `document_url` is the public address of the chosen document as it was when saved.
 */
function hf_widgets_settings() {
	$stored   = get_option( 'hf_widgets_settings', array() );
	$stored   = is_array( $stored ) ? $stored : array();
	$settings = array(
		'source'        => in_array( $stored['source'] ?? '', array( 'default', 'media', 'url' ), true ) ? $stored['source'] : 'default',
		'attachment_id' => absint( $stored['attachment_id'] ?? 0 ),
		'url'           => (string) ( $stored['url'] ?? '' ),
		'document_url'  => (string) ( $stored['document_url'] ?? '' ),
		'exit_url'      => (string) ( $stored['exit_url'] ?? '' ),
		'lang'          => in_array( $stored['lang'] ?? '', hf_widgets_languages(), true ) ? $stored['lang'] : '',
	);
	if ( '' === $settings['exit_url'] || null !== hf_widgets_exit_url_problem( $settings['exit_url'] ) ) {
		$settings['exit_url'] = HF_WIDGETS_DEFAULT_EXIT_URL;
	}
	return $settings;
}

/**
 * Registers the option with its checks.
 */
function hf_widgets_register_settings() {
	register_setting(
		'hf_widgets',
		'hf_widgets_settings',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'hf_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
}

/**
 * Checks the submitted settings. A part that fails keeps its saved value and says why.
 *
 * @param mixed $input The form's values.
 * @return array
 */
function hf_widgets_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? wp_unslash( $input ) : array();
	$previous = hf_widgets_settings();
	$clean    = $previous;

	$source = sanitize_key( $input['source'] ?? 'default' );
	if ( ! in_array( $source, array( 'default', 'media', 'url' ), true ) ) {
		$source = 'default';
	}
	$candidate = array(
		'source'        => $source,
		'attachment_id' => absint( $input['attachment_id'] ?? 0 ),
		'url'           => esc_url_raw( trim( (string) ( $input['url'] ?? '' ) ), array( 'http', 'https' ) ),
	);
	$problem = 'default' === $source ? null : hf_widgets_document_problem( $candidate );
	if ( null === $problem ) {
		$location                  = 'default' === $source ? null : hf_widgets_document_location( $candidate );
		$candidate['document_url'] = is_array( $location ) ? $location['url'] : '';
		$clean                     = array_merge( $clean, $candidate );
	} else {
		add_settings_error( 'hf_widgets_settings', 'hf_widgets_document', $problem );
	}

	$exit_url = trim( (string) ( $input['exit_url'] ?? '' ) );
	if ( '' === $exit_url ) {
		$clean['exit_url'] = HF_WIDGETS_DEFAULT_EXIT_URL;
	} else {
		$exit_problem = hf_widgets_exit_url_problem( $exit_url );
		if ( null === $exit_problem ) {
			$clean['exit_url'] = $exit_url;
		} else {
			/* translators: %s: why the address was refused */
			add_settings_error( 'hf_widgets_settings', 'hf_widgets_exit_url', sprintf( __( 'Exit address not saved: %s', 'hf-widgets' ), $exit_problem ) );
		}
	}

	$lang          = (string) ( $input['lang'] ?? '' );
	$clean['lang'] = in_array( $lang, hf_widgets_languages(), true ) ? $lang : '';
	return $clean;
}

/**
 * Why a chosen document cannot be used, as one message listing every problem, or null.
 *
 * @param array $candidate `source`, `attachment_id`, `url`.
 */
function hf_widgets_document_problem( $candidate ) {
	$location = hf_widgets_document_location( $candidate );
	$document = is_wp_error( $location ) ? $location : hf_widgets_read_document( $location['file'] );
	if ( ! is_wp_error( $document ) ) {
		return null;
	}
	return __( 'Data document not saved; the widgets keep the previous one.', 'hf-widgets' ) . ' ' . implode( ' ', $document->get_error_messages() );
}

/**
 * Lets administrators upload JSON documents to the media library.
 *
 * @param array $types Allowed extensions and their types.
 */
function hf_widgets_allow_json_uploads( $types ) {
	if ( current_user_can( 'manage_options' ) ) {
		$types['json'] = 'application/json';
	}
	return $types;
}

/**
 * Adds Settings → HF widgets.
 */
function hf_widgets_add_settings_page() {
	add_options_page( __( 'HF widgets', 'hf-widgets' ), __( 'HF widgets', 'hf-widgets' ), 'manage_options', 'hf-widgets', 'hf_widgets_render_settings_page' );
}

/**
 * The settings page.
 */
function hf_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = hf_widgets_settings();
	$files    = get_posts(
		array(
			'post_type'      => 'attachment',
			'post_mime_type' => 'application/json',
			'posts_per_page' => 100,
			'post_status'    => 'inherit',
		)
	);
	$name     = 'hf_widgets_settings';
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'HF widgets', 'hf-widgets' ); ?></h1>
		<p><?php esc_html_e( 'Site-wide defaults for the HF widgets blocks and shortcodes. A block or shortcode can choose its own exit address and language.', 'hf-widgets' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'hf_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Data document', 'hf-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Data document', 'hf-widgets' ); ?></legend>
							<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="default" <?php checked( $settings['source'], 'default' ); ?>> <?php esc_html_e( 'The default action (shipped with the plugin)', 'hf-widgets' ); ?></label></p>
							<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="media" <?php checked( $settings['source'], 'media' ); ?>> <?php esc_html_e( 'A JSON file from the media library:', 'hf-widgets' ); ?></label>
								<select name="<?php echo esc_attr( $name ); ?>[attachment_id]" aria-label="<?php esc_attr_e( 'JSON file from the media library', 'hf-widgets' ); ?>">
									<option value="0"><?php esc_html_e( '(choose a file)', 'hf-widgets' ); ?></option>
									<?php foreach ( $files as $file ) : ?>
										<option value="<?php echo esc_attr( $file->ID ); ?>" <?php selected( $settings['attachment_id'], $file->ID ); ?>><?php echo esc_html( get_the_title( $file ) . ' — ' . wp_basename( (string) get_attached_file( $file->ID ) ) ); ?></option>
									<?php endforeach; ?>
								</select></p>
							<p><label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="url" <?php checked( $settings['source'], 'url' ); ?>> <?php esc_html_e( 'A .json address on this site:', 'hf-widgets' ); ?></label>
								<input type="url" class="regular-text" name="<?php echo esc_attr( $name ); ?>[url]" value="<?php echo esc_attr( $settings['url'] ); ?>" aria-label="<?php esc_attr_e( 'Address of the JSON document on this site', 'hf-widgets' ); ?>"></p>
							<p class="description"><?php esc_html_e( 'The document is checked when you save; a document with problems is not used. Confirm every phone number live before you publish it.', 'hf-widgets' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="hf-widgets-exit-url"><?php esc_html_e( 'Exit address', 'hf-widgets' ); ?></label></th>
					<td>
						<input type="url" id="hf-widgets-exit-url" class="regular-text" name="<?php echo esc_attr( $name ); ?>[exit_url]" value="<?php echo esc_attr( $settings['exit_url'] ); ?>">
						<p class="description"><?php esc_html_e( 'Where quick exit takes the reader: a full http(s) address on another site. Empty: https://www.google.com/webhp, which phones open in the browser.', 'hf-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="hf-widgets-lang"><?php esc_html_e( 'Language of the widgets', 'hf-widgets' ); ?></label></th>
					<td>
						<select id="hf-widgets-lang" name="<?php echo esc_attr( $name ); ?>[lang]">
							<option value="" <?php selected( $settings['lang'], '' ); ?>><?php esc_html_e( 'The site\'s language', 'hf-widgets' ); ?></option>
							<option value="en" <?php selected( $settings['lang'], 'en' ); ?>><?php esc_html_e( 'English', 'hf-widgets' ); ?></option>
							<option value="sr-Cyrl" <?php selected( $settings['lang'], 'sr-Cyrl' ); ?>><?php esc_html_e( 'Serbian (Cyrillic)', 'hf-widgets' ); ?></option>
							<option value="sr-Latn" <?php selected( $settings['lang'], 'sr-Latn' ); ?>><?php esc_html_e( 'Serbian (Latin)', 'hf-widgets' ); ?></option>
						</select>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
